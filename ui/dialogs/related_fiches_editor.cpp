#include "ui/dialogs/related_fiches_editor.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace atlas::ui {
namespace {

constexpr int kUuidRole = Qt::UserRole + 1;

QListWidgetItem* choiceItem(const FicheChoice& fiche, QListWidget* list)
{
    auto* item = new QListWidgetItem(fiche.title, list);
    item->setData(kUuidRole, fiche.uuid);
    return item;
}

}  // namespace

RelatedFichesEditor::RelatedFichesEditor(const QList<FicheChoice>& linked, FicheSearch search, const QUuid& self,
                                         QWidget* parent)
    : QWidget(parent), m_find(std::move(search)), m_self(self), m_linked(new QListWidget), m_search(new QLineEdit),
      m_matches(new QListWidget), m_link(new QPushButton(tr("Link"))), m_unlink(new QPushButton(tr("Unlink")))
{
    setObjectName(QStringLiteral("RelatedFichesEditor"));
    m_search->setObjectName(QStringLiteral("relatedSearch"));
    m_search->setPlaceholderText(tr("Search a fiche to link…"));
    m_search->setClearButtonEnabled(true);
    for (QListWidget* list : {m_linked, m_matches})
        list->setMaximumHeight(72);
    m_matches->hide();
    for (const FicheChoice& fiche : linked)
        addLinked(fiche);

    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_link);
    searchRow->addWidget(m_unlink);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_linked);
    layout->addLayout(searchRow);
    layout->addWidget(m_matches);

    connect(m_search, &QLineEdit::textEdited, this, &RelatedFichesEditor::findMatches);
    connect(m_search, &QLineEdit::returnPressed, this, &RelatedFichesEditor::linkChosen);
    connect(m_link, &QPushButton::clicked, this, &RelatedFichesEditor::linkChosen);
    connect(m_matches, &QListWidget::itemDoubleClicked, this, &RelatedFichesEditor::linkChosen);
    connect(m_matches, &QListWidget::currentRowChanged, this, &RelatedFichesEditor::updateButtons);
    connect(m_linked, &QListWidget::currentRowChanged, this, &RelatedFichesEditor::updateButtons);
    connect(m_unlink, &QPushButton::clicked, this, [this] {
        delete m_linked->currentItem();
        updateButtons();
    });
    updateButtons();
}

QList<QUuid> RelatedFichesEditor::links() const
{
    QList<QUuid> uuids;
    for (int i = 0; i < m_linked->count(); ++i)
        uuids << m_linked->item(i)->data(kUuidRole).toUuid();
    return uuids;
}

void RelatedFichesEditor::findMatches()
{
    m_matches->clear();
    const QString words = m_search->text().trimmed();
    const QList<QUuid> already = links();
    if (!words.isEmpty() && m_find)
        for (const FicheChoice& fiche : m_find(words))
            if (fiche.uuid != m_self && !already.contains(fiche.uuid))
                choiceItem(fiche, m_matches);
    m_matches->setVisible(m_matches->count() > 0);
    if (m_matches->count() > 0)
        m_matches->setCurrentRow(0);
    updateButtons();
}

void RelatedFichesEditor::linkChosen()
{
    const QListWidgetItem* chosen = m_matches->currentItem();
    if (!chosen)
        return;
    addLinked({chosen->data(kUuidRole).toUuid(), chosen->text()});
    m_search->clear();
    m_matches->clear();
    m_matches->hide();
    updateButtons();
}

void RelatedFichesEditor::addLinked(const FicheChoice& fiche)
{
    if (!links().contains(fiche.uuid))
        choiceItem(fiche, m_linked);
}

void RelatedFichesEditor::updateButtons()
{
    m_link->setEnabled(m_matches->currentItem() != nullptr);
    m_unlink->setEnabled(m_linked->currentItem() != nullptr);
}

}  // namespace atlas::ui
