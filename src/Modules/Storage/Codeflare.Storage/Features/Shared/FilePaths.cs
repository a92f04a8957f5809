using Codeflare.Storage.Domain;
using FluentValidation;

namespace Codeflare.Storage.Features.Shared;

internal static class FilePaths
{
    /// <summary>A file, not a folder: a valid path that does not end in <c>/</c>.</summary>
    public static IRuleBuilderOptions<T, string?> ValidFilePath<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Custom((path, context) =>
        {
            if (StoragePath.Problem(path) is { } problem) context.AddFailure(problem);
        }).Must(path => path is null || !path.EndsWith('/')).WithMessage("A file's path does not end in /.");

    /// <summary>The folder form of a path: the home folder stays empty, anything else ends in one <c>/</c>.</summary>
    public static string AsFolder(string? path) => string.IsNullOrEmpty(path) ? "" : path.TrimEnd('/') + "/";
}
