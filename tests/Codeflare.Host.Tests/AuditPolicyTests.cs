using System.Reflection;
using Codeflare.Audit.Catalog;
using Codeflare.BuildingBlocks.Auditing;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Codeflare.Host.Tests;

/// <summary>SPEC §7: no event type reaches the log without a public name, a policy for every field and a summary.</summary>
public sealed class AuditPolicyTests(AuditLogFixture log) : IClassFixture<AuditLogFixture>
{
    [Fact]
    public void Every_event_type_known_to_the_store_has_a_public_name_a_policy_for_every_field_and_a_summary()
    {
        var store = log.Host.Factory.Services.GetRequiredService<IDocumentStore>();
        var catalog = log.Host.Factory.Services.GetRequiredService<AuditCatalog>();
        var problems = new List<string>();

        foreach (var known in store.Options.Events.AllKnownEventTypes())
        {
            var description = catalog.Find(known.EventType);
            if (description is null)
            {
                problems.Add($"{known.EventType.Name} has no audit description");
                continue;
            }
            var fields = known.EventType.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(property => property.Name).ToHashSet();
            problems.AddRange(fields.Except(description.Fields.Keys).Select(field => $"{known.EventType.Name}.{field} is not classified"));
            problems.AddRange(description.Fields.Keys.Except(fields).Select(field => $"{known.EventType.Name}.{field} is classified but does not exist"));
            if (!description.HasSummary) problems.Add($"{known.EventType.Name} has no summary");
            if (!AuditModules.All.Contains(description.Module)) problems.Add($"{known.EventType.Name} names the unknown module {description.Module}");
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(store.Options.Events.AllKnownEventTypes().Count() >= 40);
    }

    [Fact]
    public void Public_names_are_unique_and_every_description_is_registered_with_the_store()
    {
        var store = log.Host.Factory.Services.GetRequiredService<IDocumentStore>();
        var descriptions = log.Host.Factory.Services.GetServices<IAuditEventSource>().SelectMany(source => source.Events).ToList();
        var known = store.Options.Events.AllKnownEventTypes().Select(type => type.EventType).ToHashSet();

        Assert.Equal(descriptions.Count, descriptions.Select(description => description.Name).Distinct().Count());
        Assert.All(descriptions, description => Assert.Matches("^[a-z]+\\.[a-z_]+$", description.Name));
        Assert.All(descriptions, description => Assert.Contains(description.EventType, known));
    }
}
