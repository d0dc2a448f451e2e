using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Personnes;

namespace Passerelle.Web.Features.EquipesPluridisciplinaires.PagePersonne;

/// <param name="LienDossiers">Agents open each passage's dossier page and propose the person; référents read the history here only.</param>
public sealed record FicheEp(int PersonneId, HistoriquePersonneEp Historique, bool LienDossiers);

/// <summary>
/// The « Équipe pluridisciplinaire » section of the person page (decision 0012): the person's passages, newest first, and
/// the reminders sent. Shown, empty or not, to everyone who reaches the person; the passages are those
/// <see cref="PerimetreEp.Dossiers"/> lets this viewer read.
/// </summary>
public sealed class SectionEp(HistoriqueEp historique, PerimetreEp perimetre) : ISectionPersonne
{
    public int Ordre => 650;
    public string Vue => "/Features/EquipesPluridisciplinaires/PagePersonne/_Section.cshtml";
    public EntreeSommaire? Sommaire => new("Équipe pluridisciplinaire", "ep");

    public async Task<object?> ChargerAsync(Personne personne, CancellationToken ct) =>
        new FicheEp(personne.Id, await historique.LireAsync(personne, ct), perimetre.EstAgent);
}
