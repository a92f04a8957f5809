using Codeflare.Identity.Contracts;
using Codeflare.Setup.Contracts;
using MediatR;

namespace Codeflare.Setup.Features.GetSetupStatus;

/// <summary>
/// Storage and the container engine come from the host's configuration until the wizard's own steps
/// exist; access and defaults use the documented defaults. The admin step is the one the wizard owns.
/// </summary>
internal sealed class GetSetupStatusQueryHandler(IMediator mediator) : IRequestHandler<GetSetupStatusQuery, SetupStatus>
{
    public async Task<SetupStatus> Handle(GetSetupStatusQuery query, CancellationToken cancellationToken)
    {
        var adminExists = await mediator.Send(new AdminExistsQuery(), cancellationToken);
        SetupStepStatus[] steps =
        [
            new("admin", adminExists ? "done" : "pending"),
            new("storage", "from_configuration"),
            new("engine", "from_configuration"),
            new("access", "from_configuration"),
            new("defaults", "from_configuration"),
        ];
        return new SetupStatus(adminExists, adminExists, steps);
    }
}
