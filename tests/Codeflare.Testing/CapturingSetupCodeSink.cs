using Codeflare.Setup.Features.IssueSetupCode;

namespace Codeflare.Testing;

/// <summary>Keeps the setup codes a host shows, for tests that walk through first-run setup.</summary>
internal sealed class CapturingSetupCodeSink : ISetupCodeSink
{
    private readonly List<string> codes = [];

    public string? Latest
    {
        get { lock (codes) return codes.LastOrDefault(); }
    }

    public Task ShowAsync(string code)
    {
        lock (codes) codes.Add(code);
        return Task.CompletedTask;
    }
}
