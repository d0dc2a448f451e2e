using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Tests.Features.Dossiers;

public sealed class PerimetreDossiersTests
{
    private const string NirComplet = "185057800608436";

    private static PerimetreDossiers Pour(params HabilitationCourante[] habilitations) =>
        new(habilitations, [], Array.Empty<int>().AsQueryable());

    [Theory]
    [InlineData(Role.AgentDepartemental, true)]
    [InlineData(Role.Referent, true)]
    [InlineData(Role.ResponsableStructure, true)]
    [InlineData(Role.Operateur, false)]
    [InlineData(Role.MembreEquipePluridisciplinaire, false)]
    [InlineData(Role.Lecteur, false)]
    [InlineData(Role.PiloteProgramme, false)]
    [InlineData(Role.Administrateur, false)]
    [InlineData(Role.Beneficiaire, false)]
    public void Nir_lisible_seulement_pour_les_roles_qui_en_ont_besoin(Role role, bool lisible)
    {
        var perimetre = Pour(new HabilitationCourante(role, null, null));
        Assert.Equal(lisible, perimetre.PeutVoirNir);
        Assert.Equal(lisible ? "1 85 05 78 006 084 36" : "1 85 05 •• ••• ••• ••", perimetre.AfficherNir(NirComplet));
    }

    [Fact]
    public void Nir_masque_ne_garde_que_sexe_annee_et_mois()
    {
        Assert.Equal("2 91 12 •• ••• ••• ••", PerimetreDossiers.MasquerNir("2 91 12 2A 123 456 78"));
        Assert.Equal("•• ••• ••• ••", PerimetreDossiers.MasquerNir("12"));
        Assert.Equal("", Pour(new HabilitationCourante(Role.Operateur, 1, null)).AfficherNir(null));
    }

    [Fact]
    public void Un_role_qui_lit_le_nir_suffit_quand_on_en_cumule_plusieurs()
    {
        var perimetre = Pour(new HabilitationCourante(Role.Operateur, 1, null), new HabilitationCourante(Role.Referent, 2, null));
        Assert.True(perimetre.PeutVoirNir);
    }

    [Fact]
    public void Filtre_selon_le_departement_le_territoire_ou_rien()
    {
        var dossiers = new[] { Dossier(1, 10), Dossier(2, 20), Dossier(3, null) }.AsQueryable();
        Assert.Equal([1, 2, 3], Ids(Pour(new HabilitationCourante(Role.AgentDepartemental, null, null)).Filtrer(dossiers)));
        Assert.Equal([1], Ids(Pour(new HabilitationCourante(Role.AgentDepartemental, null, 10)).Filtrer(dossiers)));
        foreach (var role in new[] { Role.Referent, Role.ResponsableStructure, Role.Operateur, Role.MembreEquipePluridisciplinaire, Role.Administrateur, Role.PiloteProgramme, Role.Lecteur, Role.Beneficiaire })
            Assert.Empty(Pour(new HabilitationCourante(role, 1, null)).Filtrer(dossiers));
    }

    private static DossierRsa Dossier(int id, int? territoire) => new()
    {
        Id = id,
        TerritoireId = territoire,
        NumDemRsa = $"{id:00000000000}",
        Organisme = "CAF",
        NumeroOrganisme = "491",
        Matricule = "1",
        SituationFamille = "CEL",
        EtatDroit = "2",
        Empreinte = "x",
    };

    private static int[] Ids(IQueryable<DossierRsa> dossiers) => dossiers.Select(d => d.Id).Order().ToArray();
}
