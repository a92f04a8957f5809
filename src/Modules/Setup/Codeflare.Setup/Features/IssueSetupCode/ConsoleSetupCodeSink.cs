namespace Codeflare.Setup.Features.IssueSetupCode;

/// <summary>Straight to standard output, not through the logger, so the code never reaches a log sink.</summary>
internal sealed class ConsoleSetupCodeSink : ISetupCodeSink
{
    public Task ShowAsync(string code) => Console.Out.WriteLineAsync($"Setup code: {code}");
}
