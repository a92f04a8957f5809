using Marten;

namespace Codeflare.BuildingBlocks.Events;

/// <summary>How a window row names the type of its refusal, so any host can read the refusal back.</summary>
internal static class DenialTypes
{
    public static string NameOf(Type type) => $"{type.FullName}, {type.Assembly.GetName().Name}";

    /// <summary>
    /// The refusal types this host can write. A host claims only windows of these, so one of an older version never
    /// takes (and could not write) the window of a refusal type that a newer host added.
    /// </summary>
    public static string[] KnownTo(IDocumentStore store) => store.Options.Events.AllKnownEventTypes()
        .Select(known => known.EventType).Where(typeof(IDenial).IsAssignableFrom).Select(NameOf).ToArray();

    /// <summary>Only refusal types: the name comes from a table, and nothing else should be made from it.</summary>
    public static Type? Find(string name) =>
        Type.GetType(name, throwOnError: false) is { } type && typeof(IDenial).IsAssignableFrom(type) ? type : null;
}
