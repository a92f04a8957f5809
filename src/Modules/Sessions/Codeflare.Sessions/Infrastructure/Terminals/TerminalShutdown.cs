using Microsoft.Extensions.Hosting;

namespace Codeflare.Sessions.Infrastructure.Terminals;

/// <summary>
/// Closes this host's terminals while the host stops and its services still work, so every recording stores its
/// last part; the tabs themselves live on in tmux.
/// </summary>
internal sealed class TerminalShutdown(TerminalManager terminals) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => terminals.CloseAllAsync().WaitAsync(cancellationToken);
}
