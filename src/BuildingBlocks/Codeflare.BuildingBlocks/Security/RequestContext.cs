namespace Codeflare.BuildingBlocks.Security;

/// <summary>
/// Who is acting and why, for one HTTP request, hub call or background job (scoped).
/// Its values become the metadata of every event appended in the scope.
/// </summary>
public sealed class RequestContext
{
    public const string SystemActor = "system";
    public const string AnonymousActor = "anonymous";

    public string CorrelationId { get; set; } = Guid.NewGuid().ToString("N");
    public string? CausationId { get; set; }
    public Guid? UserId { get; private set; }
    public IReadOnlySet<string> Permissions { get; private set; } = new HashSet<string>();
    public string? ClientIp { get; set; }
    /// <summary>At most 512 characters (it is stored with every event); empty means none.</summary>
    public string? UserAgent
    {
        get;
        set => field = string.IsNullOrEmpty(value) ? null : value.Length <= 512 ? value : value[..512];
    }

    /// <summary>Set only by the host's own jobs; no caller can make a request context a system one.</summary>
    public bool IsSystem { get; private set; }

    public bool IsSignedIn => UserId is not null;
    public string Actor => UserId?.ToString() ?? (IsSystem ? SystemActor : AnonymousActor);

    public void SignIn(Guid userId, IEnumerable<string> permissions)
    {
        UserId = userId;
        Permissions = permissions.ToHashSet(StringComparer.Ordinal);
    }

    public void RunAsSystem() => IsSystem = true;

    public bool Has(string permission) => Permissions.Contains(permission);
}
