namespace Passerelle.Web.Data;

/// <summary>A business row that belongs to exactly one département (the tenant).</summary>
public interface ITenantOwned
{
    int DepartementId { get; set; }
}

/// <summary>A row edited by people: its version guards against lost updates.</summary>
public interface IVersioned
{
    int Version { get; set; }
}
