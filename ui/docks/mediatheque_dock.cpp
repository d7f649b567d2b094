#include "ui/docks/mediatheque_dock.h"

#include "core/model/observation.h"
#include "gis/media/media_import.h"
#include "gis/media/media_store.h"
#include "gis/media/web_link.h"
#include "gis/store/observation_store.h"
#include "ui/commands/edit_media_command.h"
#include "ui/dialogs/media_details_dialog.h"
#include "ui/observatory/observatory_session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace atlas::ui {
namespace {

constexpr int kShaRole = Qt::UserRole + 1;
constexpr int kThumb = 96;

QIcon placeholder(const core::MediaItem& m)
{
    // Documents and media without a thumbnail yet: a page with its type.
    QPixmap pixmap(kThumb, kThumb);
    pixmap.fill(QColor(0xee, 0xee, 0xee));
    QPainter painter(&pixmap);
    painter.setPen(QColor(0x66, 0x66, 0x66));
    painter.drawRect(pixmap.rect().adjusted(0, 0, -1, -1));
    painter.drawText(pixmap.rect(), Qt::AlignCenter,
                     gis::isWebLink(m) ? QStringLiteral("WWW") : QFileInfo(m.fileName).suffix().toUpper());
    return QIcon(pixmap);
}

}  // namespace

MediathequeDock::MediathequeDock(ObservatorySession* session, QWidget* parent)
    : QDockWidget(parent), m_session(session), m_search(new QLineEdit), m_type(new QComboBox),
      m_grid(new QListWidget), m_details(new QLabel), m_count(new QLabel), m_import(new QToolButton),
      m_editDetails(new QToolButton), m_place(new QCheckBox)
{
    setObjectName(QStringLiteral("MediathequeDock"));
    setAcceptDrops(true);
    m_search->setClearButtonEnabled(true);
    m_grid->setViewMode(QListView::IconMode);
    m_grid->setIconSize(QSize(kThumb, kThumb));
    m_grid->setGridSize(QSize(kThumb + 24, kThumb + 40));
    m_grid->setResizeMode(QListView::Adjust);
    m_grid->setMovement(QListView::Static);
    m_grid->setWordWrap(true);
    m_grid->setUniformItemSizes(true);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setMinimumHeight(90);
    m_details->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_place->setChecked(true);

    auto* top = new QGridLayout;
    top->addWidget(m_search, 0, 0, 1, 3);
    top->addWidget(m_type, 1, 0);
    top->addWidget(m_import, 1, 1);
    top->addWidget(m_editDetails, 1, 2);
    auto* body = new QWidget;
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_place);
    layout->addWidget(m_count);
    layout->addWidget(m_grid, 1);
    layout->addWidget(m_details);
    setWidget(body);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    connect(&m_debounce, &QTimer::timeout, this, &MediathequeDock::refresh);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
    connect(m_type, &QComboBox::activated, this, &MediathequeDock::refresh);
    connect(m_grid, &QListWidget::currentRowChanged, this, &MediathequeDock::showDetails);
    connect(m_grid, &QListWidget::itemDoubleClicked, this, &MediathequeDock::editDetails);
    connect(m_editDetails, &QToolButton::clicked, this, &MediathequeDock::editDetails);
    connect(m_details, &QLabel::linkActivated, this, [this](const QString& link) {
        emit showFicheRequested(QUuid::fromString(link));
    });
    connect(m_import, &QToolButton::clicked, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(
            this, tr("Import photos and documents"), {},
            tr("Photos and documents (*.jpg *.jpeg *.png *.heic *.pdf *.mp4 *.mp3 *.ogg);;All files (*)"));
        if (!files.isEmpty())
            importFiles(files, m_place->isChecked());
    });
    connect(&m_watcher, &QFutureWatcher<QList<core::MediaItem>>::finished, this, [this] {
        const QList<core::MediaItem> items = m_watcher.result();
        m_grid->clear();
        for (const core::MediaItem& m : items) {
            auto* item = new QListWidgetItem(placeholder(m), m.title.isEmpty() ? m.fileName : m.title, m_grid);
            item->setData(kShaRole, m.sha256);
            item->setToolTip(m.caption.isEmpty() ? m.fileName : m.caption);
        }
        m_count->setText(tr("%n file(s)", nullptr, int(items.size())));
        updateThumbnails();
        showDetails();
        emit listRefreshed();
        if (m_queryQueued) {
            m_queryQueued = false;
            refresh();
        }
    });
    connect(&m_importWatcher, &QFutureWatcher<Import>::finished, this, [this] {
        const Import result = m_importWatcher.result();
        refresh();
        emit imported(result.fiches, result.errors);
    });
    connect(m_session, &ObservatorySession::changed, this, &MediathequeDock::refresh);
    retranslate();
    refresh();
}

void MediathequeDock::refresh()
{
    m_debounce.stop();
    const QString path = m_session->atlasPath();
    if (m_watcher.isRunning()) {
        m_queryQueued = true;
        return;
    }
    const QString text = m_search->text().trimmed();
    const QString prefix = m_type->currentData().toString();
    m_watcher.setFuture(QtConcurrent::run([path, text, prefix] {
        QList<core::MediaItem> items;
        if (path.isEmpty())
            return items;
        auto store = gis::ObservationStore::open(path);
        if (!store)
            return items;
        auto all = store.value()->listMedia(text);
        if (!all)
            return items;
        for (const core::MediaItem& m : all.value())
            if (prefix.isEmpty() || m.mime.startsWith(prefix))
                items << m;
        return items;
    }));
}

void MediathequeDock::updateThumbnails()
{
    const gis::MediaStore* media = m_session->media();
    if (!media)
        return;
    for (int i = 0; i < m_grid->count(); ++i) {
        QListWidgetItem* item = m_grid->item(i);
        const QString sha = item->data(kShaRole).toString();
        const QString thumb = media->thumbnailPath(sha);
        if (QFileInfo::exists(thumb)) {
            item->setIcon(QIcon(thumb));
            continue;
        }
        if (m_thumbnailsPending.contains(sha) || !QFileInfo::exists(media->filePath(sha)))
            continue;
        m_thumbnailsPending.insert(sha);
        auto* watcher = new QFutureWatcher<gis::Thumbnail>(this);
        connect(watcher, &QFutureWatcher<gis::Thumbnail>::finished, this, [this, watcher] {
            const gis::Thumbnail made = watcher->result();
            watcher->deleteLater();
            m_thumbnailsPending.remove(made.sha256);
            if (made.error.isEmpty())
                updateThumbnails();
        });
        watcher->setFuture(media->makeThumbnail(sha));
    }
}

void MediathequeDock::showDetails()
{
    QListWidgetItem* item = m_grid->currentItem();
    gis::ObservationStore* store = m_session->store();
    m_editDetails->setEnabled(item && store);
    if (!item || !store) {
        m_details->setText(QStringLiteral("<span style='color:#777'>%1</span>")
                               .arg(tr("Drop photos here: geotagged ones become landmark fiches.")));
        return;
    }
    auto found = store->mediaBySha256(item->data(kShaRole).toString());
    if (!found || !found.value())
        return;
    const core::MediaItem& m = *found.value();
    const auto esc = [](const QString& s) { return s.toHtmlEscaped(); };
    QStringList lines = {QStringLiteral("<b>%1</b>").arg(esc(m.title.isEmpty() ? m.fileName : m.title))};
    if (!m.title.isEmpty() && m.title != m.fileName)
        lines << QStringLiteral("<i>%1</i>").arg(esc(m.fileName));
    if (!m.caption.isEmpty())
        lines << esc(m.caption);
    QStringList facts = {m.mime, QLocale().formattedDataSize(m.size)};
    if (m.taken.isValid())
        facts << QLocale().toString(m.taken, QLocale::ShortFormat);
    if (m.hasPosition())
        facts << QStringLiteral("%1° E, %2° N").arg(*m.lon, 0, 'f', 5).arg(*m.lat, 0, 'f', 5);
    if (m.direction)
        facts << tr("looking %1°").arg(*m.direction, 0, 'f', 0);
    lines << facts.join(QStringLiteral(" · "));
    if (!m.credits.isEmpty() || !m.licence.isEmpty())
        lines << esc(QStringList{m.credits, m.licence}.join(QStringLiteral(" — ")));
    // The fiches that show it, as links to them.
    QStringList fiches;
    if (const auto showing = store->observationsShowing(m.identity.uuid))
        for (const core::Observation& o : showing.value())
            fiches << QStringLiteral("<a href='%1'>%2</a>")
                          .arg(o.identity.uuid.toString(QUuid::WithoutBraces), esc(o.title(QStringLiteral("fr"))));
    if (!fiches.isEmpty())
        lines << tr("Fiches: %1").arg(fiches.join(QStringLiteral(", ")));
    m_details->setText(lines.join(QStringLiteral("<br>")));
}

void MediathequeDock::editDetails()
{
    gis::ObservationStore* store = m_session->store();
    const QListWidgetItem* item = m_grid->currentItem();
    if (!store || !item)
        return;
    const auto found = store->mediaBySha256(item->data(kShaRole).toString());
    if (!found || !found.value())
        return;
    const core::MediaItem before = *found.value();
    MediaDetailsDialog form(before, this);
    emit detailsFormOpened(&form);
    if (form.exec() != QDialog::Accepted)
        return;
    const core::MediaItem after = form.media();
    if (after.title == before.title && after.caption == before.caption && after.credits == before.credits &&
        after.licence == before.licence && after.taken == before.taken)
        return;
    // The session's store, looked up at each write: after Save As it is another file.
    ObservatorySession* session = m_session;
    session->undoStack()->push(new EditMediaCommand([session] { return session->store(); }, before, after,
                                                    [this](const QString& error) {
                                                        if (!error.isEmpty())
                                                            QMessageBox::warning(this, tr("Mediatheque"), error);
                                                        refresh();
                                                    }));
}

void MediathequeDock::importFiles(const QStringList& files, bool place, std::optional<QPointF> unlocatedAt)
{
    const QString path = m_session->atlasPath();
    if (path.isEmpty() || files.isEmpty() || m_importWatcher.isRunning())
        return;
    // Copying and hashing take time: a worker with its own connection does it.
    m_importWatcher.setFuture(QtConcurrent::run([path, files, place, unlocatedAt] {
        Import result;
        auto store = gis::ObservationStore::open(path);
        if (!store) {
            result.errors << store.error().message();
            return result;
        }
        const gis::MediaStore media(path);
        QUuid unlocatedFiche;  // the landmark made where unlocated files were dropped
        for (const QString& f : files) {
            gis::MediaImportOptions options;
            options.placeFiches = place;
            if (unlocatedFiche.isNull())
                options.placeUnlocatedAt = unlocatedAt;
            auto imported = gis::importMedia(*store.value(), media, f, options);
            if (imported && !imported.value().media.hasPosition() && !unlocatedFiche.isNull())
                if (const core::Status linked = store.value()->linkMedia(unlocatedFiche, imported.value().media.identity.uuid); !linked)
                    imported = linked.error();
            if (!imported) {
                result.errors << imported.error().message();
                continue;
            }
            if (imported.value().fiche) {
                result.fiches << *imported.value().fiche;
                if (!imported.value().media.hasPosition())
                    unlocatedFiche = imported.value().fiche->identity.uuid;
            }
            if (imported.value().media.isImage())
                media.makeThumbnailNow(imported.value().media.sha256);
        }
        return result;
    }));
}

void MediathequeDock::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MediathequeDock::dropEvent(QDropEvent* event)
{
    QStringList files;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile())
            files << url.toLocalFile();
    importFiles(files, m_place->isChecked());
    event->acceptProposedAction();
}

void MediathequeDock::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

void MediathequeDock::retranslate()
{
    setWindowTitle(tr("Mediatheque"));
    m_search->setPlaceholderText(tr("Search file names, titles, captions…"));
    const int current = m_type->currentIndex();
    m_type->clear();
    m_type->addItem(tr("All media"), QString());
    m_type->addItem(tr("Photos"), QStringLiteral("image/"));
    m_type->addItem(tr("Documents (PDF)"), QStringLiteral("application/pdf"));
    m_type->addItem(tr("Video"), QStringLiteral("video/"));
    m_type->addItem(tr("Audio"), QStringLiteral("audio/"));
    m_type->addItem(tr("Web links"), QString::fromLatin1(gis::kWebLinkMime));
    m_type->setCurrentIndex(qMax(0, current));
    m_import->setText(tr("Import…"));
    m_editDetails->setText(tr("Details…"));
    m_editDetails->setToolTip(tr("Edit the title, caption, credits, licence and date of the chosen file"));
    m_place->setText(tr("Place geotagged photos as landmark fiches"));
    showDetails();
}

}  // namespace atlas::ui
