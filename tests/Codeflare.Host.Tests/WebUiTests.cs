using System.Net;
using System.Text.RegularExpressions;

namespace Codeflare.Host.Tests;

/// <summary>
/// SPEC §8, §9: the host serves the built web UI (src/Web, built by the test command) for page addresses, with a
/// strict CSP whose style nonce is new on every response and is the one in the page; API addresses stay problems.
/// </summary>
public sealed partial class WebUiTests
{
    [Fact]
    public async Task A_page_address_gets_the_app_with_this_responses_nonce_in_the_page_and_the_policy()
    {
        await using var host = await FreshHost.StartAsync();
        var client = host.Factory.CreateClient();

        var first = await client.GetAsync("/sessions/0b5e6f6c-4b0e-4a57-9a7e-0c1b2d3e4f50");
        var second = await client.GetAsync("/settings");
        var page = await first.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("text/html", first.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-store", first.Headers.CacheControl?.ToString());
        var nonce = NonceMeta().Match(page).Groups[1].Value;
        var policy = first.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Matches("^[A-Za-z0-9+/]{22}==$", nonce);
        Assert.Contains($"style-src-elem 'self' 'nonce-{nonce}'", policy);
        Assert.Contains("script-src 'self';", policy);
        Assert.DoesNotContain("__CSP_NONCE__", page);
        Assert.DoesNotContain(nonce, second.Headers.GetValues("Content-Security-Policy").Single());
        // No inline script: every script is a file from the host.
        Assert.DoesNotMatch("<script(?![^>]*\\ssrc=)[^>]*>", page);
    }

    [Fact]
    public async Task Assets_are_cached_for_good_and_api_addresses_never_fall_back_to_the_page()
    {
        await using var host = await FreshHost.StartAsync();
        var client = host.Factory.CreateClient();
        var page = await (await client.GetAsync("/")).Content.ReadAsStringAsync();
        var script = ScriptSource().Match(page).Groups[1].Value;

        var asset = await client.GetAsync(script);
        var api = await client.GetAsync("/api/no-such-thing");
        var missingAsset = await client.GetAsync("/assets/no-such-file.js");

        Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        Assert.Equal("public, max-age=31536000, immutable", asset.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, missingAsset.StatusCode);
    }

    [GeneratedRegex("<meta name=\"csp-nonce\" content=\"([^\"]+)\"")]
    private static partial Regex NonceMeta();

    [GeneratedRegex("<script type=\"module\" crossorigin src=\"(/assets/[^\"]+\\.js)\"")]
    private static partial Regex ScriptSource();
}
