namespace Codeflare.Setup.Contracts;

/// <summary>One wizard step: <c>done</c>, <c>pending</c>, or <c>from_configuration</c> when the host's settings provide it.</summary>
public sealed record SetupStepStatus(string Name, string Status);
