using System.Linq.Expressions;

namespace Codeflare.BuildingBlocks.Auditing;

/// <summary>The typed builder: fields are named by an anonymous object (<c>e => new { e.Name, e.Tier }</c>) so a rename is a compile error.</summary>
public sealed class AuditEventDescription<T>(string name, string module) : AuditEventDescription(typeof(T), name, module)
{
    private readonly Dictionary<string, FieldPolicy> fields = new(StringComparer.Ordinal);
    private Func<T, AuditSubject> subject = _ => AuditSubject.None;
    private Func<T, IAuditNames, string>? summary;
    private Func<T, AuditSessionFacts?> sessionFacts = _ => null;
    private Func<T, AuditUserFacts?> userFacts = _ => null;

    public override IReadOnlyDictionary<string, FieldPolicy> Fields => fields;
    public override bool HasSummary => summary is not null;

    public AuditEventDescription<T> Recorded(Expression<Func<T, object>> names) => Classify(names, FieldPolicy.Recorded);
    public AuditEventDescription<T> NotRecorded(Expression<Func<T, object>> names) => Classify(names, FieldPolicy.NotRecorded);
    public AuditEventDescription<T> Secret(Expression<Func<T, object>> names) => Classify(names, FieldPolicy.Secret);

    public AuditEventDescription<T> About(Func<T, Guid?>? user = null, Func<T, Guid?>? session = null)
    {
        subject = data => new AuditSubject(user?.Invoke(data), session?.Invoke(data));
        return this;
    }

    public AuditEventDescription<T> Says(Func<T, IAuditNames, string> render)
    {
        summary = render;
        return this;
    }

    public AuditEventDescription<T> Tells(Func<T, AuditSessionFacts?> facts)
    {
        sessionFacts = facts;
        return this;
    }

    public AuditEventDescription<T> Names(Func<T, AuditUserFacts?> facts)
    {
        userFacts = facts;
        return this;
    }

    public override AuditSubject SubjectOf(object data) => subject((T)data);
    public override string Summarize(object data, IAuditNames names) =>
        summary is null ? $"{names.Actor}: {Name}" : summary((T)data, names);
    public override AuditSessionFacts? SessionFactsOf(object data) => sessionFacts((T)data);
    public override AuditUserFacts? UserFactsOf(object data) => userFacts((T)data);

    private AuditEventDescription<T> Classify(Expression<Func<T, object>> names, FieldPolicy policy)
    {
        var body = names.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : names.Body;
        var members = body switch
        {
            NewExpression { Members: { } declared } => declared.Select(member => member.Name),
            MemberExpression member => [member.Member.Name],
            _ => throw new ArgumentException($"Name the fields of {typeof(T).Name} as e => new {{ e.A, e.B }}.", nameof(names)),
        };
        foreach (var member in members)
            if (!fields.TryAdd(member, policy))
                throw new ArgumentException($"{typeof(T).Name}.{member} is classified twice.", nameof(names));
        return this;
    }
}
