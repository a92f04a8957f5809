using Codeflare.Storage.Domain;
using FluentValidation;

namespace Codeflare.Storage.Features.Shared;

internal static class StoragePathRules
{
    /// <summary>SPEC §5: every file command validates its paths with this one rule (400 <c>validation_failed</c>, no S3 call).</summary>
    public static IRuleBuilderOptionsConditions<T, string?> ValidStoragePath<T>(this IRuleBuilder<T, string?> rule, bool allowHome = false) =>
        rule.Custom((path, context) =>
        {
            if (StoragePath.Problem(path, allowHome) is { } problem) context.AddFailure(problem);
        });
}
