#pragma once
// The "related fiches" part of the fiche form: the fiches this one links to (a project and
// its realisations), a search box over the atlas's fiches to add one, and removal.

#include <QList>
#include <QString>
#include <QUuid>
#include <QWidget>
#include <functional>

class QLineEdit;
class QListWidget;
class QPushButton;

namespace atlas::ui {

struct FicheChoice {
    QUuid uuid;
    QString title;
};
// Fiches whose texts match the words typed (a few, best first).
using FicheSearch = std::function<QList<FicheChoice>(const QString& words)>;

class RelatedFichesEditor : public QWidget {
    Q_OBJECT
public:
    // `self`: the fiche being edited, never offered as its own relation.
    RelatedFichesEditor(const QList<FicheChoice>& linked, FicheSearch search, const QUuid& self,
                        QWidget* parent = nullptr);

    QList<QUuid> links() const;
    QLineEdit* searchBox() const { return m_search; }
    QListWidget* matchList() const { return m_matches; }
    QListWidget* linkedList() const { return m_linked; }

private:
    void findMatches();
    void linkChosen();
    void addLinked(const FicheChoice& fiche);
    void updateButtons();

    FicheSearch m_find;
    QUuid m_self;
    QListWidget* m_linked;
    QLineEdit* m_search;
    QListWidget* m_matches;
    QPushButton* m_link;
    QPushButton* m_unlink;
};

}  // namespace atlas::ui
