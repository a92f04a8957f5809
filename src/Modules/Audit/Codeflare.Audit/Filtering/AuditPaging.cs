using System.Globalization;

namespace Codeflare.Audit.Filtering;

/// <summary>Cursor, order and page size as sent; <see cref="AuditPagingValidator"/> decides whether they make sense.</summary>
internal sealed record AuditPaging(string? Cursor = null, string? Order = null, string? Limit = null)
{
    public const int DefaultLimit = 100;
    public const int MaximumLimit = 500;

    public long? After => Cursor is null ? null : long.Parse(Cursor, CultureInfo.InvariantCulture);
    public bool NewestFirst => Order is null || Order.Equals("newest", StringComparison.OrdinalIgnoreCase);
    public int Size => Limit is null ? DefaultLimit : int.Parse(Limit, CultureInfo.InvariantCulture);
}
