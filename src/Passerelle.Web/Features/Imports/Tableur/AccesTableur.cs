using Passerelle.Web.Features.Acces;
using Passerelle.Web.Features.Utilisateurs;

namespace Passerelle.Web.Features.Imports.Tableur;

/// <summary>Département agents import the CAF/MSA data, so they manage the spreadsheet configurations.</summary>
public static class AccesTableur
{
    /// <summary>The policy <see cref="Politiques.PourRole"/> registers for agents, as a constant attributes accept.</summary>
    public const string Politique = "role:" + nameof(Role.AgentDepartemental);
}
