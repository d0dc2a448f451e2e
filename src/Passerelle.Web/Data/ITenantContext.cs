namespace Passerelle.Web.Data;

/// <summary>The département whose rows the current unit of work may read and write.</summary>
public interface ITenantContext
{
    int? DepartementId { get; }
}
