using Docker.DotNet.Models;

namespace Codeflare.ContainerEngine;

public sealed partial class ContainerEngine
{
    /// <summary>
    /// Reports the engine's container events named <paramref name="actions"/> (e.g. <c>die</c>) of containers carrying
    /// every one of <paramref name="labels"/>, as they happen, until the stream ends, fails or is cancelled. Events
    /// from while nobody watched are not replayed.
    /// </summary>
    public Task WatchContainerEventsAsync(IReadOnlyCollection<string> actions, IReadOnlyCollection<string> labels, Action<ContainerEvent> onEvent,
        CancellationToken cancellationToken)
    {
        var filters = EngineModels.LabelFilter(labels);
        filters["type"] = new Dictionary<string, bool> { ["container"] = true };
        filters["event"] = actions.ToDictionary(action => action, _ => true);
        return docker.System.MonitorEventsAsync(new ContainerEventsParameters { Filters = filters }, new EventReport(onEvent), cancellationToken);
    }

    public async Task<EngineVersion> GetVersionAsync(CancellationToken cancellationToken)
    {
        var version = await docker.System.GetVersionAsync(cancellationToken);
        return new EngineVersion(version.Version, version.APIVersion);
    }

    /// <summary>Hands each event on as it is read (no Progress&lt;T&gt; thread hop).</summary>
    private sealed class EventReport(Action<ContainerEvent> onEvent) : IProgress<Message>
    {
        public void Report(Message value) => onEvent(new ContainerEvent(value.Actor?.ID ?? "", value.Action ?? "",
            value.Actor?.Attributes is { } attributes ? new Dictionary<string, string>(attributes) : new Dictionary<string, string>()));
    }
}
