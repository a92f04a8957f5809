namespace Codeflare.Host.Tests;

/// <summary>
/// Who may call what (SPEC §2, §14): one row per mapped endpoint. A new endpoint without a row fails
/// <see cref="AuthorizationMatrixTests"/>, as does a row whose endpoint is gone. The token column is a
/// personal access token with only the <c>profile.own</c> scope, held by an admin.
/// </summary>
internal static class AuthorizationMatrix
{
    public const bool Y = true;
    public const bool N = false;

    public static readonly Row[] Rows =
    [
        new("GET /health/live", Y, Y, Y, Y, Y),
        new("HEAD /health/live", Y, Y, Y, Y, Y),
        new("GET /health/ready", Y, Y, Y, Y, Y),
        new("HEAD /health/ready", Y, Y, Y, Y, Y),
        new("GET /openapi/{documentName}.json", Y, Y, Y, Y, Y),
        // The web UI's page for every other address: public; what it shows comes from the API rows below.
        new("ANY /{*path:nonfile}", Y, Y, Y, Y, Y),
        new("GET /api/setup/status", Y, Y, Y, Y, Y),
        new("POST /api/setup/admin", Y, Y, Y, Y, Y),
        new("POST /api/auth/login", Y, Y, Y, Y, Y),
        new("POST /api/invitations/accept", Y, Y, Y, Y, Y),
        new("GET /api/me", N, Y, Y, Y, Y),
        new("POST /api/me/password", N, Y, Y, Y, Y),
        new("GET /api/me/tokens", N, Y, Y, Y, Y),
        new("POST /api/me/tokens", N, Y, Y, Y, Y),
        new("DELETE /api/me/tokens/{id:guid}", N, Y, Y, Y, Y),
        new("GET /api/roles", N, Y, Y, Y, Y),
        new("GET /api/me/preferences", N, Y, Y, Y, Y),
        new("PATCH /api/me/preferences", N, Y, Y, Y, Y),
        new("GET /api/me/presets", N, Y, Y, Y, Y),
        new("POST /api/me/presets", N, Y, Y, Y, Y),
        new("PATCH /api/me/presets/{id:guid}", N, Y, Y, Y, Y),
        new("DELETE /api/me/presets/{id:guid}", N, Y, Y, Y, Y),
        new("GET /api/users", N, N, N, Y, N),
        new("GET /api/users/{id:guid}", N, N, N, Y, N),
        new("POST /api/users/invitations", N, N, N, Y, N),
        new("DELETE /api/users/invitations/{id:guid}", N, N, N, Y, N),
        new("PUT /api/users/{id:guid}/roles", N, N, N, Y, N),
        new("POST /api/users/{id:guid}/disable", N, N, N, Y, N),
        new("POST /api/users/{id:guid}/enable", N, N, N, Y, N),
        new("DELETE /api/users/{id:guid}", N, N, N, Y, N),
        new("GET /api/audit", N, N, Y, Y, N),
        new("GET /api/audit/export", N, N, Y, Y, N),
        new("GET /api/audit/sessions", N, N, Y, Y, N),
        new("GET /api/audit/verify", N, N, Y, Y, N),
        new("GET /api/sessions/{id:guid}/history", N, N, Y, Y, N),
        new("GET /api/sessions/{id:guid}/recordings", N, N, Y, Y, N),
        new("GET /api/recordings/{id:guid}", N, N, Y, Y, N),
        new("GET /api/sessions", N, Y, N, Y, N),
        new("POST /api/sessions", N, Y, N, Y, N),
        new("GET /api/sessions/{id:guid}", N, Y, N, Y, N),
        new("PATCH /api/sessions/{id:guid}", N, Y, N, Y, N),
        new("DELETE /api/sessions/{id:guid}", N, Y, N, Y, N),
        new("GET /api/sessions/status", N, Y, N, Y, N),
        new("GET /api/sessions/{id:guid}/status", N, Y, N, Y, N),
        new("POST /api/sessions/{id:guid}/start", N, Y, N, Y, N),
        new("POST /api/sessions/{id:guid}/stop", N, Y, N, Y, N),
        new("GET /api/admin/sessions", N, N, N, Y, N),
        new("GET /api/files", N, Y, N, Y, N),
        new("GET /api/files/content", N, Y, N, Y, N),
        new("PUT /api/files/content", N, Y, N, Y, N),
        new("POST /api/files/uploads", N, Y, N, Y, N),
        new("PUT /api/files/uploads/{id:guid}/parts/{number:int}", N, Y, N, Y, N),
        new("POST /api/files/uploads/{id:guid}/complete", N, Y, N, Y, N),
        new("DELETE /api/files/uploads/{id:guid}", N, Y, N, Y, N),
        new("DELETE /api/files", N, Y, N, Y, N),
        new("POST /api/files/move", N, Y, N, Y, N),
        new("GET /api/files/preview", N, Y, N, Y, N),
        new("GET /api/files/stats", N, Y, N, Y, N),
        new("ANY /hubs/terminal", N, Y, N, Y, N),
        new("ANY /hubs/terminal/negotiate", N, Y, N, Y, N),
        // Last: signing out ends the cookie the later rows would need.
        new("POST /api/auth/logout", N, Y, Y, Y, Y),
    ];

    /// <summary>
    /// Hub methods: connecting needs <c>sessions.own</c> (the rows above); then each method acts only on sessions the
    /// caller owns, or any with <c>sessions.any</c>. Stranger = a developer who does not own the session.
    /// </summary>
    public static readonly HubRow[] HubRows =
    [
        new("Attach", Owner: Y, Stranger: N, Admin: Y),
        new("Input", Owner: Y, Stranger: N, Admin: Y),
        new("Resize", Owner: Y, Stranger: N, Admin: Y),
        // Acknowledges only the caller's own attachment on its own connection: nothing of anyone else's to touch.
        new("Ack", Owner: Y, Stranger: Y, Admin: Y),
    ];

    internal sealed record HubRow(string Method, bool Owner, bool Stranger, bool Admin);

    internal sealed record Row(string Endpoint, bool Anonymous, bool Developer, bool Auditor, bool Admin, bool NarrowToken);
}
