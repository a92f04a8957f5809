namespace Codeflare.BuildingBlocks.Errors;

/// <summary>
/// An expected refusal. The host maps it to an RFC 7807 problem with <see cref="Code"/> as the
/// stable <c>code</c> extension and <see cref="StatusCode"/> as the HTTP status.
/// </summary>
public abstract class DomainException(string code, int statusCode, string message) : Exception(message)
{
    public string Code { get; } = code;
    public int StatusCode { get; } = statusCode;
}
