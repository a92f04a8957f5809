using Codeflare.Audit.Catalog;
using FluentValidation;

namespace Codeflare.Audit.Filtering;

/// <summary>An unknown name, a malformed id or time, or a range that ends before it starts is a 400, never ignored.</summary>
internal sealed class AuditFilterArgumentsValidator : AbstractValidator<AuditFilterArguments>
{
    public AuditFilterArgumentsValidator(AuditCatalog catalog)
    {
        RuleFor(filter => filter.Actor).Must(AuditArgument.IsActor).WithMessage("'actor' is a user id, 'system' or 'anonymous'.");
        RuleFor(filter => filter.User).Must(AuditArgument.IsId).WithMessage("'user' is a user id.");
        RuleFor(filter => filter.Session).Must(AuditArgument.IsId).WithMessage("'session' is a session id.");
        RuleFor(filter => filter.Module).Must(module => module is null || AuditCatalog.IsModule(module))
            .WithMessage(filter => $"'{filter.Module}' is not a module; the modules are {string.Join(", ", Codeflare.BuildingBlocks.Auditing.AuditModules.All)}.");
        RuleFor(filter => filter.Type).Must(type => type is null || catalog.IsName(type))
            .WithMessage(filter => $"'{Shown(filter.Type)}' is not an event type; types are public names such as session.started.");
        RuleFor(filter => filter.From).Must(AuditArgument.IsTime).WithMessage("'from' is an ISO-8601 time.");
        RuleFor(filter => filter.To).Must(AuditArgument.IsTime).WithMessage("'to' is an ISO-8601 time.");
        RuleFor(filter => filter.To)
            .Must((filter, to) => AuditArgument.Time(to) >= AuditArgument.Time(filter.From))
            .When(filter => filter.From is not null && filter.To is not null && AuditArgument.IsTime(filter.From) && AuditArgument.IsTime(filter.To))
            .WithMessage("'to' must not be before 'from'.");
        RuleFor(filter => filter.Q).MaximumLength(200);
    }

    private static string? Shown(string? value) => value is { Length: > 60 } ? value[..60] : value;
}
