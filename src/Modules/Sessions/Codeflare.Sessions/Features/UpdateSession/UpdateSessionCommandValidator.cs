using Codeflare.Sessions.Features.Shared;
using FluentValidation;

namespace Codeflare.Sessions.Features.UpdateSession;

internal sealed class UpdateSessionCommandValidator : AbstractValidator<UpdateSessionCommand>
{
    public UpdateSessionCommandValidator()
    {
        RuleFor(command => command.SessionId).NotEmpty();
        When(command => command.Name is not null, () => RuleFor(command => command.Name!).ValidSessionName());
        RuleFor(command => command.Tabs).ValidFurtherTabs();
        RuleFor(command => command.Tiling).InclusiveBetween(1, 4);
        RuleFor(command => command).Must(command => command.Name is not null || command.Tabs is not null || command.Tiling is not null)
            .WithName("body").WithMessage("Send a name, tabs or tiling to change.");
    }
}
