package org.senescope.genes.hgnc;

import java.util.List;
import java.util.Objects;

/**
 * One gene from an HGNC download in the 13-column layout. Absent text is empty and absent ids an empty list, never
 * null; lists are immutable. This layout carries GenBank/ENA accession numbers, not Entrez Gene ids.
 *
 * @param hgncId           e.g. {@code HGNC:11998}
 * @param approvedSymbol   e.g. {@code TP53}
 * @param approvedName     e.g. {@code tumor protein p53}
 * @param status           e.g. {@code Approved} or {@code Entry Withdrawn}
 * @param previousSymbols  symbols the gene had before
 * @param previousNames    names the gene had before, as written (HGNC quotes and comma-joins them)
 * @param aliasSymbols     other symbols in use (HGNC's "alias symbols", formerly "synonyms")
 * @param chromosome       cytogenetic location, e.g. {@code 17p13.1}
 * @param accessionNumbers GenBank/ENA accessions
 * @param omimIds          OMIM ids
 * @param refseqIds        RefSeq ids
 * @param ensemblGeneId    Ensembl gene id, or empty
 * @param uniprotIds       UniProt accessions
 */
public record HgncGene(
        String hgncId,
        String approvedSymbol,
        String approvedName,
        String status,
        List<String> previousSymbols,
        String previousNames,
        List<String> aliasSymbols,
        String chromosome,
        List<String> accessionNumbers,
        List<String> omimIds,
        List<String> refseqIds,
        String ensemblGeneId,
        List<String> uniprotIds) {

    public HgncGene {
        Objects.requireNonNull(hgncId, "hgncId");
        Objects.requireNonNull(approvedSymbol, "approvedSymbol");
        Objects.requireNonNull(approvedName, "approvedName");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(previousNames, "previousNames");
        Objects.requireNonNull(chromosome, "chromosome");
        Objects.requireNonNull(ensemblGeneId, "ensemblGeneId");
        previousSymbols = List.copyOf(previousSymbols);
        aliasSymbols = List.copyOf(aliasSymbols);
        accessionNumbers = List.copyOf(accessionNumbers);
        omimIds = List.copyOf(omimIds);
        refseqIds = List.copyOf(refseqIds);
        uniprotIds = List.copyOf(uniprotIds);
    }

    /** Whether HGNC lists the gene as approved (not withdrawn). */
    public boolean isApproved() {
        return "Approved".equalsIgnoreCase(status);
    }
}
