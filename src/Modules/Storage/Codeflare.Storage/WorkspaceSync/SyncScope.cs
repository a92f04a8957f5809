namespace Codeflare.Storage.WorkspaceSync;

/// <summary>
/// SPEC §5 sync modes: which of the container's files the sync looks at. <c>config</c>: agent and tool settings;
/// <c>metadata</c>: plus each repository's <c>CLAUDE.md</c>, <c>AGENTS.md</c> and <c>.claude/</c> in <c>workspace/</c>;
/// <c>full</c>: plus all of <c>workspace/</c>. A file the store already has is always in scope (a file uploaded through
/// the browser lands in every session and its edits come back); dependencies, caches and the sync's own state never are.
/// </summary>
internal static class SyncScope
{
    private static readonly string[] ConfigFolders = [".claude/", ".codex/", ".gemini/", ".config/", ".local/share/opencode/"];
    private static readonly string[] ConfigFiles = [".gitconfig", ".claude.json"];
    private static readonly string[] RepositoryMetadata = ["CLAUDE.md", "AGENTS.md"];
    public static readonly IReadOnlyList<string> ExcludedFolders = ["node_modules", ".cache", "__pycache__", ".npm", ".venv", ".codeflare-sync"];

    public static bool IsExcluded(string path) => path.Split('/').SkipLast(1).Any(ExcludedFolders.Contains);

    public static bool InMode(string mode, string path)
    {
        if (IsExcluded(path)) return false;
        if (ConfigFiles.Contains(path) || ConfigFolders.Any(folder => path.StartsWith(folder, StringComparison.Ordinal))) return true;
        if (!path.StartsWith("workspace/", StringComparison.Ordinal)) return false;
        if (mode == "full") return true;
        if (mode != "metadata") return false;
        // workspace/<repository>/CLAUDE.md, …/AGENTS.md, …/.claude/**
        var parts = path.Split('/');
        return parts.Length >= 3 && (parts.Length == 3 && RepositoryMetadata.Contains(parts[2]) || parts[2] == ".claude" && parts.Length > 3);
    }
}
