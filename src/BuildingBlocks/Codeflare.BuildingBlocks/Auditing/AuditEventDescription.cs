namespace Codeflare.BuildingBlocks.Auditing;

/// <summary>
/// One event type as the audit log shows it: its stable public name and module, every field's policy, whom it is
/// about, its one-sentence summary and what it tells the session directory. Built with <see cref="AuditEvent.For{T}"/>.
/// </summary>
public abstract class AuditEventDescription(Type eventType, string name, string module)
{
    public Type EventType { get; } = eventType;
    public string Name { get; } = name;
    public string Module { get; } = module;
    public abstract IReadOnlyDictionary<string, FieldPolicy> Fields { get; }
    public abstract bool HasSummary { get; }

    public abstract AuditSubject SubjectOf(object data);
    public abstract string Summarize(object data, IAuditNames names);
    public abstract AuditSessionFacts? SessionFactsOf(object data);
    public abstract AuditUserFacts? UserFactsOf(object data);
}
