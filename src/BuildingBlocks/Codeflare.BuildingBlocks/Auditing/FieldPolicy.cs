namespace Codeflare.BuildingBlocks.Auditing;

/// <summary>What the audit log keeps of one event field (SPEC §7, after Coder's audit field table).</summary>
public enum FieldPolicy
{
    /// <summary>Shown in entries, history and exports, and searched by free text.</summary>
    Recorded,
    /// <summary>Left out of every audit output (internal plumbing with no meaning to an auditor).</summary>
    NotRecorded,
    /// <summary>Shown only as "changed": password hashes, token hashes, storage keys, setup codes.</summary>
    Secret,
}
