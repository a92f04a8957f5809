using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Codeflare.Audit.Contracts;
using Codeflare.BuildingBlocks.Events;
using Codeflare.BuildingBlocks.Marten;
using JasperFx.Events;

namespace Codeflare.Audit.Features.ListAuditEvents;

/// <summary>Turns a stored event into what an auditor may see: secret fields only say that they changed.</summary>
internal static class AuditEntries
{
    public const string Redacted = "changed";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly ConcurrentDictionary<Type, string[]> SecretFields = new();

    public static AuditEntry From(IEvent stored) => new(
        stored.Sequence,
        stored.EventType.Name,
        ModuleOf(stored.EventType),
        stored.StreamId,
        stored.Timestamp,
        stored.UserName,
        stored.CorrelationId,
        stored.CausationId,
        Header(stored, EventMetadata.ClientIpHeader),
        Header(stored, EventMetadata.UserAgentHeader),
        Redact(stored.Data, stored.EventType));

    public static JsonNode? Redact(object data, Type type)
    {
        var node = JsonSerializer.SerializeToNode(data, type, Json);
        if (node is JsonObject fields)
            foreach (var secret in SecretFields.GetOrAdd(type, Secrets))
                if (fields.ContainsKey(secret)) fields[secret] = Redacted;
        return node;
    }

    private static string[] Secrets(Type type) => type.GetProperties()
        .Where(property => property.GetCustomAttribute<SecretFieldAttribute>() is not null)
        .Select(property => JsonNamingPolicy.CamelCase.ConvertName(property.Name))
        .ToArray();

    private static string ModuleOf(Type type) => type.GetCustomAttribute<AuditModuleAttribute>()?.Module ?? (type.Namespace?.Split('.') is [_, var module, ..]
        ? (module == "BuildingBlocks" ? "security" : module.ToLowerInvariant())
        : "unknown");

    private static string? Header(IEvent stored, string name) => stored.GetHeader(name)?.ToString();
}
