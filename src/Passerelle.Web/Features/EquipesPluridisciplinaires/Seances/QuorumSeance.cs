namespace Passerelle.Web.Features.EquipesPluridisciplinaires.Seances;

/// <summary>Whether the members present make the EP's quorum and required composition (CASF L262-39, [config] on the EP).</summary>
public static class QuorumSeance
{
    /// <summary>Null when the session may deliberate; otherwise the reason, in French, every shortfall named.</summary>
    public static string? MotifSansQuorum(EquipePluridisciplinaire equipe, IReadOnlyCollection<FonctionMembre> presents)
    {
        var manques = new List<string>();
        if (presents.Count < equipe.Quorum)
            manques.Add($"{presents.Count} membre{(presents.Count > 1 ? "s" : "")} présent{(presents.Count > 1 ? "s" : "")} sur {equipe.Quorum} requis");
        foreach (var fonction in Enum.GetValues<FonctionMembre>())
        {
            var (requis, la) = (equipe.Minimum(fonction), presents.Count(f => f == fonction));
            if (la >= requis) continue;
            manques.Add(la == 0 ? $"aucun {Designation(fonction)}" : $"{la} {Designation(fonction)} sur {requis} requis");
        }
        return manques.Count == 0 ? null : string.Join(" ; ", manques);
    }

    private static string Designation(FonctionMembre fonction) => fonction switch
    {
        FonctionMembre.Departement => "représentant du Département",
        FonctionMembre.FranceTravail => "représentant de France Travail",
        FonctionMembre.ProfessionnelInsertion => "professionnel de l'insertion",
        _ => "représentant des bénéficiaires",
    };
}
