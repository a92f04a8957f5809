namespace Codeflare.ContainerEngine;

/// <summary>Runs a call into a container under a deadline: past it the call is cancelled and reported as a timeout.</summary>
public static class Deadline
{
    public static async Task<T> RunAsync<T>(string what, TimeSpan timeout, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            return await call(deadline.Token);
        }
        catch (Exception exception) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested
                                          && exception is OperationCanceledException or IOException or HttpRequestException)
        {
            throw new ContainerCallTimeoutException(what, timeout);
        }
    }

    public static Task RunAsync(string what, TimeSpan timeout, Func<CancellationToken, Task> call, CancellationToken cancellationToken) =>
        RunAsync(what, timeout, async token =>
        {
            await call(token);
            return true;
        }, cancellationToken);
}
