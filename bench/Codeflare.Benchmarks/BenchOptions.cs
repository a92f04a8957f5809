namespace Codeflare.Benchmarks;

internal sealed record BenchOptions
{
    public int Keystrokes { get; init; } = 1000;
    public int Warmup { get; init; } = 200;
    public int KeyGapMs { get; init; } = 5;
    public int FloodMib { get; init; } = 200;
    public int FloodRuns { get; init; } = 1;
    public int ReplayMib { get; init; } = 256;

    /// <summary>Cold starts timed for SPEC §10's "time to ready agent" (new session each).</summary>
    public int ReadyRuns { get; init; } = 10;
    public int Cols { get; init; } = 200;
    public int Rows { get; init; } = 50;
    public string Image { get; init; } = "codeflare/workspace:slim";
    public string DockerEndpoint { get; init; } = Environment.GetEnvironmentVariable("DOCKER_HOST") is { Length: > 0 } host ? host : "unix:///var/run/docker.sock";
    public string DockerApiVersion { get; init; } = "1.41";
    // The docker CLI wetty runs as its shell command (the 20.10 client matches the engine).
    public string DockerCli { get; init; } = File.Exists("/usr/bin/docker") ? "/usr/bin/docker" : "docker";
    public string? WettyMain { get; init; }
    // "container" (default): wetty's shell is a docker exec into the bench container, like every
    // target's. "host": a bash on the host, as INFRA-NOTES measured it — to tell wetty's own cost
    // from the Docker TTY path's.
    public string WettyShell { get; init; } = "container";
    public Uri? HubUrl { get; init; }
    // From the environment by default, so that a token need not appear in `ps` or shell history.
    public string? HubToken { get; init; } = Environment.GetEnvironmentVariable("CODEFLARE_BENCH_TOKEN");
    public Guid? HubSession { get; init; }
    public int HubTab { get; init; } = 1;
    public string Output { get; init; } = "BENCHMARKS.md";

    /// <summary>Only the workspace-sync rows (SPEC §10), written into their own section of the report.</summary>
    public bool SyncOnly { get; init; }
    public int SyncFiles { get; init; } = 10_000;
    public int SyncMixedMib { get; init; } = 1024;

    /// <summary>The smaller mixed set, restored only to compare the host's peak RSS with the big set's.</summary>
    public int SyncRssMib { get; init; } = 256;
    public IReadOnlySet<string> SyncSets { get; init; } = SyncSetNames.ToHashSet();
    public string Rclone { get; init; } = "/usr/bin/rclone";

    // The Codeflare host's pid, whose RSS is sampled during restores; ./codeflare bench passes its bench instance's.
    public int? HostPid { get; init; } = int.TryParse(Environment.GetEnvironmentVariable("CODEFLARE_BENCH_HOST_PID"), out var pid) ? pid : null;

    public static readonly IReadOnlyList<string> SyncSetNames = ["small", "first-up", "rss", "mixed"];

    public const string Usage = """
        usage: Codeflare.Benchmarks [options]
          --keystrokes N      echo samples per target (1000)       --warmup N      unmeasured keystrokes first (200)
          --key-gap-ms N      keystrokes start at most every N ms (5; the hub allows 400 inputs/s)
          --flood-mib N       size of `head -c NM /dev/zero | base64` (200)   --flood-runs N   median of N floods (1)
          --cols N --rows N   terminal size (200×50)               --image IMAGE   shell image (codeflare/workspace:slim)
          --wetty PATH        wetty's build/main.js (scripts/bench/wetty.sh prints it); without it wetty is "unavailable"
          --hub-url URL       a running Codeflare host; with a token (--hub-token or CODEFLARE_BENCH_TOKEN) the hub rows run
          --hub-session ID    an existing running session (default: one is created through the API and deleted)
          --hub-tab N         its tab (1)                          --replay-mib N  bytes replayed for hub throughput (256)
          --wetty-shell WHERE container (default: docker exec into the bench container) or host (a host bash)
          --output PATH       the report (BENCHMARKS.md)           --docker-cli PATH   docker client wetty runs
          --sync              only the workspace-sync rows against rclone (needs --hub-url, a token and CODEFLARE_BENCH_S3_*)
          --sync-small-files N  small files (1 KiB) in the small set and in the first-up row (10000; alias --sync-files)
          --sync-mixed-mib N  size of the mixed set (1024)         --sync-rss-mib N  the smaller mixed set for the RSS row (256)
          --sync-sets LIST    comma-separated, of small (restore, incremental, no-change), first-up, rss (restore of the
                              smaller mixed set), mixed (restore, incremental, no-change); all by default
          --host-pid N        the Codeflare host's pid, RSS sampled during restores (CODEFLARE_BENCH_HOST_PID;
                              ./codeflare bench passes its own instance's)
          --rclone PATH       rclone (/usr/bin/rclone)
        """;

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            string Value() => ++i < args.Count ? args[i] : throw new ArgumentException($"{name} needs a value.");
            int Count() => int.TryParse(Value(), out var n) && n > 0 ? n : throw new ArgumentException($"{name} needs a positive whole number.");
            options = name switch
            {
                "--keystrokes" => options with { Keystrokes = Count() },
                "--warmup" => options with { Warmup = Count() },
                "--key-gap-ms" => options with { KeyGapMs = Count() },
                "--flood-mib" => options with { FloodMib = Count() },
                "--flood-runs" => options with { FloodRuns = Count() },
                "--replay-mib" => options with { ReplayMib = Count() },
                "--ready-runs" => options with { ReadyRuns = Count() },
                "--cols" => options with { Cols = Count() },
                "--rows" => options with { Rows = Count() },
                "--image" => options with { Image = Value() },
                "--docker-cli" => options with { DockerCli = Value() },
                "--wetty" => options with { WettyMain = Value() },
                "--wetty-shell" => options with { WettyShell = Value() is "host" or "container" ? args[i] : throw new ArgumentException("--wetty-shell is host or container.") },
                "--hub-url" => options with { HubUrl = new Uri(Value()) },
                "--hub-token" => options with { HubToken = Value() },
                "--hub-session" => options with { HubSession = Guid.Parse(Value()) },
                "--hub-tab" => options with { HubTab = Count() },
                "--output" => options with { Output = Value() },
                "--sync" => options with { SyncOnly = true },
                "--sync-files" or "--sync-small-files" => options with { SyncFiles = Count() },
                "--sync-mixed-mib" => options with { SyncMixedMib = Count() },
                "--sync-rss-mib" => options with { SyncRssMib = Count() },
                "--sync-sets" => options with { SyncSets = Sets(Value()) },
                "--host-pid" => options with { HostPid = Count() },
                "--rclone" => options with { Rclone = Value() },
                _ => throw new ArgumentException($"Unknown option '{name}'."),
            };
        }
        return options;
    }

    private static HashSet<string> Sets(string list)
    {
        var sets = list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet();
        return sets.Count > 0 && sets.All(SyncSetNames.Contains)
            ? sets
            : throw new ArgumentException($"--sync-sets takes a comma-separated list of {string.Join(", ", SyncSetNames)}.");
    }
}
