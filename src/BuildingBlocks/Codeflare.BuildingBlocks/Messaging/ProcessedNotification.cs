namespace Codeflare.BuildingBlocks.Messaging;

/// <summary>Inbox marker: this handler has already handled this stored event (id = handler/event).</summary>
public sealed record ProcessedNotification(string Id, DateTimeOffset ProcessedAt);
