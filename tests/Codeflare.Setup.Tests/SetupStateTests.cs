using Codeflare.Setup.Domain;

namespace Codeflare.Setup.Tests;

public sealed class SetupStateTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 5, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_new_code_replaces_the_previous_one()
    {
        var state = SetupState.Create(new SetupCodeIssued(SetupState.StreamId, "first", Now))
            .Apply(new SetupCodeIssued(SetupState.StreamId, "second", Now));

        Assert.Equal("second", state.CodeHash);
    }

    [Fact]
    public void Creating_the_admin_retires_the_code()
    {
        var adminId = Guid.NewGuid();

        var state = SetupState.Create(new SetupCodeIssued(SetupState.StreamId, "code", Now))
            .Apply(new SetupAdminCreated(SetupState.StreamId, adminId, Now));

        Assert.Equal((adminId, (string?)null), (state.AdminUserId, state.CodeHash));
    }
}
