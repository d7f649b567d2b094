#pragma once
// The fiche form: kind, French and Dutch title and description, themes, date or period,
// author, status, sharing scope, commune, tags, related fiches and photos to attach.

#include "core/model/observation.h"
#include "ui/dialogs/related_fiches_editor.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace atlas::ui {

class ObservationFormDialog : public QDialog {
    Q_OBJECT
public:
    // `themes`: the atlas's theme list; `media`: names of files already attached.
    ObservationFormDialog(const core::Observation& observation, const QStringList& themes,
                          const QStringList& media = {}, QWidget* parent = nullptr);

    // The fiche as edited (same identity as the one given).
    core::Observation observation() const;
    // Files (and web addresses) chosen to attach when the fiche is saved.
    QStringList filesToAttach() const { return m_newFiles; }
    // The theme list, with any theme the user added.
    QStringList themes() const;
    // Shows the fiches this one links to, editable, with `search` to find others.
    void offerRelations(const QList<FicheChoice>& linked, FicheSearch search);
    RelatedFichesEditor* relations() const { return m_relations; }

private:
    void addTheme();
    void addFiles();
    void addWebLink();
    void updateOk();

    core::Observation m_original;
    QComboBox* m_kind;
    QLineEdit* m_titleFr;
    QLineEdit* m_titleNl;
    QPlainTextEdit* m_descriptionFr;
    QPlainTextEdit* m_descriptionNl;
    QListWidget* m_themes;
    QCheckBox* m_dated;
    QDateEdit* m_start;
    QCheckBox* m_period;
    QDateEdit* m_end;
    QLineEdit* m_author;
    QComboBox* m_status;
    QComboBox* m_scope;
    QLineEdit* m_commune;
    QLineEdit* m_tags;
    QLabel* m_position;
    QListWidget* m_media;
    QFormLayout* m_form = nullptr;
    RelatedFichesEditor* m_relations = nullptr;
    QDialogButtonBox* m_buttons;
    QStringList m_newFiles;
};

}  // namespace atlas::ui
