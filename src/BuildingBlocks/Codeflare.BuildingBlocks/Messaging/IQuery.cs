using MediatR;

namespace Codeflare.BuildingBlocks.Messaging;

/// <summary>A read. Query handlers never write.</summary>
public interface IQuery<out TResult> : IRequest<TResult>;
