using Codeflare.Storage.Contracts;
using FluentValidation;

namespace Codeflare.Storage.Features.RecordingParts;

internal sealed class StoreRecordingPartCommandValidator : AbstractValidator<StoreRecordingPartCommand>
{
    /// <summary>A part is flushed at 1 MiB by default; this bounds a misconfiguration, not the recorder.</summary>
    public const int MaximumBytes = 64 * 1024 * 1024;

    public StoreRecordingPartCommandValidator()
    {
        RuleFor(command => command.SessionId).NotEmpty();
        RuleFor(command => command.RecordingId).NotEmpty();
        RuleFor(command => command.Part).InclusiveBetween(0, RecordingPartKey.MaximumPart);
        RuleFor(command => command.Content.Length).InclusiveBetween(1, MaximumBytes).WithName("content");
    }
}
