namespace Codeflare.Host.Tests;

public sealed record DeliveryCount(Guid Id, int Count);
