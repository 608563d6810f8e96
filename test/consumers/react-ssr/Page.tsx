import {useState} from 'react';
import {RoadmapTimeline} from 'roadmap-elements/react';

/** The page, on the server and in the browser: `html` is what `renderRoadmapHtml` gave on the server. */
export function Page({html}: {html: string}) {
  const [shown, setShown] = useState('');
  return (
    <main>
      <RoadmapTimeline html={html} theme="light" onRoadmapLoad={(event) => setShown(event.detail.roadmap.title)} />
      <p role="status">{shown && `Shown: ${shown}`}</p>
    </main>
  );
}
