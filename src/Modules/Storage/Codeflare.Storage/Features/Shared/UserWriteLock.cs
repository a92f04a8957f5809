using Codeflare.BuildingBlocks.Errors;
using Marten;
using Npgsql;

namespace Codeflare.Storage.Features.Shared;

/// <summary>
/// Serialises one user's writes to the store across every host of the instance: a transaction-scoped PostgreSQL
/// advisory lock in the command's Marten session, held until its unit of work commits, or, for a write that records
/// nothing in the database (a part), until the request's session is disposed and rolls back. So the usage a quota
/// check reads is still the usage when its write lands: two parallel uploads of one user, on one host or on two,
/// cannot both pass a check that only one of them fits. Other users never wait.
/// </summary>
internal static class UserWriteLock
{
    /// <summary>The first key of the two-key form names this lock; the one-key form (Identity's) is a separate space.</summary>
    internal const int QuotaLocks = 0x5107_A6E0;

    public static async Task AcquireAsync(IDocumentSession documentSession, Guid userId, TimeSpan timeout, CancellationToken cancellationToken)
    {
        await documentSession.BeginTransactionAsync(cancellationToken);
        try
        {
            // A bounded wait: behind another write of the same user's that is stuck on the store, fail clearly (409), not with a command timeout (500).
            await documentSession.QueryAsync<string>("select set_config('lock_timeout', ?, true)", cancellationToken, $"{(long)timeout.TotalMilliseconds}ms");
            await documentSession.QueryAsync<bool>("select true from (select pg_advisory_xact_lock(?, ?)) as locked", cancellationToken, QuotaLocks, KeyOf(userId));
        }
        catch (Exception exception) when (IsLockTimeout(exception))
        {
            throw new ConflictException("Another upload of yours is still being written. Try again in a moment.");
        }
    }

    /// <summary>The user id folded to 32 bits; two users that share a key only wait for each other, never overrun a quota.</summary>
    internal static int KeyOf(Guid userId)
    {
        Span<byte> bytes = stackalloc byte[16];
        userId.TryWriteBytes(bytes);
        return BitConverter.ToInt32(bytes[..4]) ^ BitConverter.ToInt32(bytes[4..8]) ^ BitConverter.ToInt32(bytes[8..12]) ^ BitConverter.ToInt32(bytes[12..]);
    }

    private static bool IsLockTimeout(Exception exception) => exception switch
    {
        PostgresException { SqlState: PostgresErrorCodes.LockNotAvailable } => true,
        _ => exception.InnerException is { } inner && IsLockTimeout(inner),
    };
}
