namespace Codeflare.Sessions.Features.Terminals;

/// <summary>SPEC §4 bounds of every hub call; anything else is refused with a hub error.</summary>
internal static class TerminalLimits
{
    public const int MinTab = 1, MaxTab = 6;
    public const int MinCols = 2, MaxCols = 1000;
    public const int MinRows = 2, MaxRows = 500;

    public static string? Check(int tab) => tab is < MinTab or > MaxTab ? $"The tab is {MinTab}–{MaxTab}." : null;

    public static string? Check(int tab, int cols, int rows) =>
        Check(tab) ?? (cols is < MinCols or > MaxCols ? $"Columns are {MinCols}–{MaxCols}." : null)
                   ?? (rows is < MinRows or > MaxRows ? $"Rows are {MinRows}–{MaxRows}." : null);
}
