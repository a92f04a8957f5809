namespace Codeflare.ContainerEngine;

/// <summary>A call into a container that did not finish within its deadline (a stalled or hostile container).</summary>
public sealed class ContainerCallTimeoutException(string what, TimeSpan deadline)
    : TimeoutException($"{what} did not finish within {deadline.TotalSeconds:0.#} s");
