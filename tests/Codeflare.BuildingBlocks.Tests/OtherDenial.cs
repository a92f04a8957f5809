using Codeflare.BuildingBlocks.Events;

namespace Codeflare.BuildingBlocks.Tests;

internal sealed record OtherDenial(string Reason, string Target, DateTimeOffset At, int Count = 1) : IDenial
{
    public IDenial Repeated(int count, DateTimeOffset firstAt, DateTimeOffset lastAt) => this with { Count = count, At = firstAt };
}
