using Codeflare.Storage.Domain;

namespace Codeflare.Storage.Tests;

public sealed class StoragePathTests
{
    [Theory]
    [InlineData("notes.md")]
    [InlineData("workspace/api/src/Program.cs")]
    [InlineData("workspace/api/")]
    [InlineData(".claude/settings.json")]
    [InlineData("Ünïcødé/日本語/файл.txt")]
    [InlineData("spaces are fine/and-dashes_too.txt")]
    [InlineData("emoji 😀.txt")]
    public void Relative_nfc_paths_of_real_names_are_valid(string path) => Assert.Null(StoragePath.Problem(path));

    [Theory]
    [InlineData("../x")]
    [InlineData("/etc/passwd")]
    [InlineData("a/../../b")]
    [InlineData("a/./b")]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("a\\b")]
    [InlineData("a\0b")]
    [InlineData("a\u0007b")]
    [InlineData("a\nb")]
    [InlineData("a\u007Fb")]
    [InlineData("a//b")]
    [InlineData("a/\u200Fb/../c")]
    public void Traversal_absolute_backslash_control_and_empty_segment_paths_are_refused(string path) =>
        Assert.NotNull(StoragePath.Problem(path));

    [Fact]
    public void Non_nfc_forms_lone_surrogates_and_over_long_keys_are_refused()
    {
        var decomposed = "cafe\u0301.txt";
        var longest = new string('a', StoragePath.MaxKeyBytes - 43);

        Assert.NotNull(StoragePath.Problem(decomposed));
        Assert.Null(StoragePath.Problem(decomposed.Normalize()));
        Assert.NotNull(StoragePath.Problem("bad\uD800.txt"));
        Assert.Null(StoragePath.Problem(longest));
        Assert.NotNull(StoragePath.Problem(longest + "a"));
        Assert.NotNull(StoragePath.Problem(new string('é', 600)));
        Assert.Equal(StoragePath.MaxKeyBytes, System.Text.Encoding.UTF8.GetByteCount(StoragePath.KeyFor(Guid.NewGuid(), longest)));
    }

    [Fact]
    public void The_home_folder_is_only_a_valid_path_where_a_folder_is_meant()
    {
        Assert.NotNull(StoragePath.Problem(""));
        Assert.Null(StoragePath.Problem("", allowHome: true));
        Assert.NotNull(StoragePath.Problem(null, allowHome: true));
    }

    [Theory]
    [InlineData(".ssh/id_ed25519", true)]
    [InlineData(".ssh/", true)]
    [InlineData(".ssh", true)]
    [InlineData(".claude/.credentials.json", true)]
    [InlineData(".claude/", true)]
    [InlineData("", true)]
    [InlineData(".claude/settings.json", false)]
    [InlineData("workspace/", false)]
    [InlineData(".sshx/key", false)]
    public void Credentials_and_the_folders_holding_them_are_protected(string path, bool touches) =>
        Assert.Equal(touches, StoragePath.TouchesProtected(path));
}
