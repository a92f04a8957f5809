namespace Codeflare.BuildingBlocks.Auditing;

/// <summary>The names a summary may use, as they were when the event happened.</summary>
public interface IAuditNames
{
    /// <summary>The actor's email, "the system" or "someone not signed in".</summary>
    string Actor { get; }

    /// <summary>A user's email, or "a deleted user" when none is known.</summary>
    string User(Guid? userId);

    /// <summary>A session's name in quotes, or its short id when none is known.</summary>
    string Session(Guid sessionId);

    /// <summary>The tier the session was created with, when known.</summary>
    string? Tier(Guid sessionId);
}
