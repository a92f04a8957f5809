using System.Text;

namespace Codeflare.Benchmarks.Measures;

// The shell prompt every target is given. `#` and `@` never occur in base64, so seeing the prompt
// during a flood means the command has finished.
internal static class Prompt
{
    public const string Text = "cf#@>";

    public static readonly byte[] Bytes = Encoding.ASCII.GetBytes(Text);

    // Typed rather than only passed as PS1, so that a shell whose prompt the harness does not
    // control (the hub's tmux pane) gets it too. The quotes split the marker in the echoed
    // command line, so only the prompt that follows it can match.
    public static readonly string SetCommand = $"PS1='cf#''@>'\r";

    // Ctrl-U empties the line, Enter runs nothing: a fresh prompt, and a line that never wraps.
    public const string ClearLine = "\u0015\r";
}
