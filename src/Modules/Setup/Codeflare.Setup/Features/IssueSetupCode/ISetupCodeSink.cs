namespace Codeflare.Setup.Features.IssueSetupCode;

/// <summary>Where a fresh setup code is shown: the console in production, a capture in tests.</summary>
internal interface ISetupCodeSink
{
    Task ShowAsync(string code);
}
