using Codeflare.Audit.Features.ListAuditEvents;
using Codeflare.BuildingBlocks.Events;

namespace Codeflare.Audit.Tests;

public sealed class AuditEntriesTests
{
    internal sealed record PasswordChanged(Guid UserId, [property: SecretField] string PasswordHash, string Reason);

    [Fact]
    public void Secret_fields_only_say_that_they_changed()
    {
        var data = AuditEntries.Redact(new PasswordChanged(Guid.Empty, "AQAAAAIAAYagAAAAE-secret-hash", "user"), typeof(PasswordChanged))!;

        Assert.Equal("changed", data["passwordHash"]!.GetValue<string>());
        Assert.Equal("user", data["reason"]!.GetValue<string>());
        Assert.DoesNotContain("secret-hash", data.ToJsonString());
    }

    [Theory]
    [InlineData("UserRegistered", "user_registered")]
    [InlineData("AccessDenied", "access_denied")]
    [InlineData("signed_in", "signed_in")]
    [InlineData("SignedIn", "signed_in")]
    public void Event_type_names_map_to_the_stored_names(string name, string stored) =>
        Assert.Equal(stored, EventTypeNames.ToStored(name));
}
