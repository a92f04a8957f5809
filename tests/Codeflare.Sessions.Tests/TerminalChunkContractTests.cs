using Codeflare.Sessions.Infrastructure.Terminals;
using MessagePack;

namespace Codeflare.Sessions.Tests;

public sealed class TerminalChunkContractTests
{
    [Fact]
    public void A_chunk_is_a_messagepack_map_with_camel_case_keys_and_binary_data()
    {
        var bytes = MessagePackSerializer.Serialize(new TerminalChunk(42, [1, 2, 3], Reset: true), TerminalProtocol.SerializerOptions);

        var json = MessagePackSerializer.ConvertToJson(bytes);

        Assert.Equal("""{"offset":42,"data":"AQID","reset":true}""", json);
    }
}
