namespace Codeflare.BuildingBlocks.Events;

/// <summary>How a window row names the type of its refusal, so any host can read the refusal back.</summary>
internal static class DenialTypes
{
    public static string NameOf(IDenial denial) => $"{denial.GetType().FullName}, {denial.GetType().Assembly.GetName().Name}";

    /// <summary>Only refusal types: the name comes from a table, and nothing else should be made from it.</summary>
    public static Type? Find(string name) =>
        Type.GetType(name, throwOnError: false) is { } type && typeof(IDenial).IsAssignableFrom(type) ? type : null;
}
