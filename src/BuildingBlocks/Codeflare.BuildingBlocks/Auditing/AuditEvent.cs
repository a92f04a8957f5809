namespace Codeflare.BuildingBlocks.Auditing;

public static class AuditEvent
{
    /// <summary>Starts the description of <typeparamref name="T"/> under a public name such as <c>session.created</c>.</summary>
    public static AuditEventDescription<T> For<T>(string name, string module) => new(name, module);
}
