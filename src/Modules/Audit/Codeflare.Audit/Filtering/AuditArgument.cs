using System.Globalization;
using Codeflare.BuildingBlocks.Security;

namespace Codeflare.Audit.Filtering;

/// <summary>How a filter's text is read: one definition for the validator and for the filter it becomes.</summary>
internal static class AuditArgument
{
    public static bool IsId(string? value) => value is null || Guid.TryParse(value, out _);

    public static bool IsTime(string? value) => value is null || DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture,
        DateTimeStyles.AssumeUniversal, out _);

    public static bool IsActor(string? value) =>
        value is null or RequestContext.SystemActor or RequestContext.AnonymousActor || Guid.TryParse(value, out _);

    public static Guid? Id(string? value) => value is null ? null : Guid.Parse(value);

    public static DateTimeOffset? Time(string? value) => value is null
        ? null
        : DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).ToUniversalTime();

    /// <summary>The actor as stored: a user id in its canonical form, or one of the two names.</summary>
    public static string? Actor(string? value) => value is not null && Guid.TryParse(value, out var id) ? id.ToString() : value;

    /// <summary>A LIKE pattern that finds the text anywhere, its own % and _ taken literally.</summary>
    public static string Anywhere(string text) => $"%{text.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_")}%";
}
